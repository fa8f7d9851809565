"""One module per CLI command. Heavy imports go inside the command function."""
