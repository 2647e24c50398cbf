"""Where can I go?": from a person's situation to the routes open to them, as sourced data."""
