"""Bridges: turn a scenario's sourced quantities into the plain-float inputs of the models."""
