"""Sample disclosures, their gold tables, and the sample portal.

``samples.write_sample_set`` writes the demo set; ``budgets``, ``final_accounts``,
``performance`` and ``broken`` make one document each, drawn with ``drawing``,
``tables`` and ``fonts``, and return its gold (``gold``). ``portal`` serves the set on
127.0.0.1 and ``runner.run_portal_demo`` runs the nightly flow against it.
"""
