# Krippendorff's alpha (nominal) of an agreement-command input file by NLTK's AnnotationTask, for the scale bench.
# Reads the same JSON (rows = coders, null = missing) and prints alpha; the whole process is what the bench times.
import json
import sys

from nltk.metrics.agreement import AnnotationTask

with open(sys.argv[1]) as file:
    matrix = json.load(file)["matrix"]
triples = [(str(coder), unit, value) for coder, row in enumerate(matrix) for unit, value in enumerate(row) if value is not None]
print(AnnotationTask(data=triples).alpha())
