"""One module per scenario section; the top-level `Scenario` assembles them."""
