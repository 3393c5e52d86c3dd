"""The rule engine: YAML rules of a few kinds, evaluated over a resume's facts and spaCy docs."""
