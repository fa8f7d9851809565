"""The bridge from a scenario to the models: one module per capability.

Each module's ``build_input(scenario, upstream, *, us_backstop)`` reads the scenario (and the
typed results of the capabilities it needs), converts every ``Quantity`` to a plain float in
the model's canonical unit, looks up the shipped catalogues, and returns the frozen input of
:mod:`reassure.models.solve` for one side: with the US backstop or without it. This is the only
place Quantities become floats; the models never see a scenario.
"""
