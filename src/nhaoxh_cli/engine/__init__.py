"""The calculation: pure functions from a loaded plan to its forecast.

`projection` is the plan's one projection (units per stage per period and per
year: `project`, `target_units`, `delivery_units`), which the forecast, the
report and the checks all use; `reports` reads reported completions;
`assess` assesses each target as of a date; `province` and `country` build
the values `nhaoxh_cli.api` returns; `alternatives`, `calibrate` and
`simulate` give the other bases. Import from the modules: nothing is
re-exported here.
"""
