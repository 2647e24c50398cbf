"""Form definitions as data, and the engine that fills them from a case: values with their
sources, conditions, validation, what is missing, which supporting documents apply."""
