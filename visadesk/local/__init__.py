"""What stays on this device outside the vault: where files live, non-personal settings, logs."""
