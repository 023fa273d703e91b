"""nhaoxh: progress calculator for Vietnam's social housing programme (nhà ở xã hội).

The package is a library first: load plans, forecast them and compare them
with their targets from Python, exactly as the `nhaoxh` command does.
"""

__version__ = "0.1.0"
