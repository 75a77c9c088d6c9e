"""What-if runs: scenarios, parameters with no effect, sweeps, comparisons, frontiers and prices.

* :mod:`~staffopt.whatif.scenarios` — reform presets and the workbook's scenarios, applied to settings;
* :mod:`~staffopt.whatif.no_effect` — parameters that cannot change a run's plan (warned about);
* :mod:`~staffopt.whatif.sweep` — many runs, serially or on a Dask cluster, with identical results;
* :mod:`~staffopt.whatif.metrics` — the figures of a run and the comparison / frontier tables;
* :mod:`~staffopt.whatif.report` — the comparison and frontier workbooks and charts;
* :mod:`~staffopt.whatif.compare` and :mod:`~staffopt.whatif.frontier` — ``staffopt compare`` and
  ``staffopt frontier`` as library functions (the click commands only parse options and call them);
* :mod:`~staffopt.whatif.frontier_steps` — frontier steps reused when proven, explained, priced readably;
* :mod:`~staffopt.whatif.price` — ``staffopt price``: the least budget at which nothing is unmet.
"""
