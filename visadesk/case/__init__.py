"""The case: people, travel documents, applications and attachments (pydantic), their field
types, country codes, readable validation problems and the case-file format."""
