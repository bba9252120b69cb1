"""The batch runs' defaults, in a module that imports nothing: the Processing algorithms declare their parameters at
QGIS start-up, when the batch engines (dask, the tile steps) are not imported yet."""

DEFAULT_MEMORY_LIMIT = "2GiB"  # per worker of a LocalCluster: past it dask spills, then restarts the worker
DEFAULT_RETRIES = 2  # of a failed task before it is reported by name
# service areas of every shelter (servicearea.py)
DEFAULT_GROUP_SIZE = 8  # shelters per task: enough work to hide the task overhead, small enough to spread
DEFAULT_BUDGET_M = 800.0
DEFAULT_BUFFER_M = 25.0  # as digitaltwin:barrierfreeservicearea
DEFAULT_PROFILE = "manual_wheelchair"
