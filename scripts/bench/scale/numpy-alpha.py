# Krippendorff's alpha (nominal) of an agreement-command input file by the numpy `krippendorff` package
# (pln-fing-udelar/fast-krippendorff, on PYTHONPATH), for the scale bench. Prints alpha.
import json
import sys

import krippendorff
import numpy as np

with open(sys.argv[1]) as file:
    matrix = json.load(file)["matrix"]
data = np.array([[np.nan if value is None else value for value in row] for row in matrix], dtype=float)
print(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
