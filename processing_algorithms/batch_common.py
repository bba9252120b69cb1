"""What the batch algorithms (digitaltwin:batchrun, batchdsm, batchsolar, batchensemble, batchserviceareas) share:
their group and the dask parameters (scheduler, local workers, memory per worker, retries), declared and read in one
place."""

from qgis.core import Qgis, QgsProcessingParameterNumber, QgsProcessingParameterString

from ..plugin.batch.defaults import DEFAULT_MEMORY_LIMIT, DEFAULT_RETRIES
from .base import DigitalTwinAlgorithm


class BatchAlgorithm(DigitalTwinAlgorithm):
    """A batch algorithm: its work runs as tasks on dask.distributed (plugin/batch), on a local cluster started for
    the run or on an existing scheduler. Subclasses call add_dask_parameters() and pass dask_options() to the
    engine."""

    SCHEDULER = "SCHEDULER"
    WORKERS = "WORKERS"
    MEMORY_LIMIT = "MEMORY_LIMIT"
    RETRIES = "RETRIES"

    HELP = {
        "SCHEDULER": "Address of a running dask scheduler, e.g. tcp://192.0.2.10:8786. Empty (default): a local "
                     "cluster started for this run and stopped after it.",
        "WORKERS": "Workers of the local cluster, one thread each. 0 (default): one per CPU core.",
        "MEMORY_LIMIT": "Memory a local worker may use before dask pauses and restarts it, e.g. 2GiB (default).",
        "RETRIES": "How often a failed task (a tile, a scenario or a group of shelters) is tried again before it is "
                   "reported by name (default 2).",
    }

    def group(self):
        return self.tr("Batch")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "batch"

    def add_advanced_parameters(self, parameters):
        for parameter in parameters:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)

    def add_dask_parameters(self):
        """SCHEDULER, WORKERS, MEMORY_LIMIT and RETRIES, as advanced parameters."""
        self.add_advanced_parameters([
            QgsProcessingParameterString(self.SCHEDULER, self.tr("Dask scheduler (empty: a local cluster)"),
                                         optional=True),
            QgsProcessingParameterNumber(self.WORKERS, self.tr("Local workers (0: every core)"),
                                         Qgis.ProcessingNumberParameterType.Integer, 0, minValue=0),
            QgsProcessingParameterString(self.MEMORY_LIMIT, self.tr("Memory limit per local worker"),
                                         DEFAULT_MEMORY_LIMIT),
            QgsProcessingParameterNumber(self.RETRIES, self.tr("Retries of a failed task"),
                                         Qgis.ProcessingNumberParameterType.Integer, DEFAULT_RETRIES, minValue=0),
        ])

    def dask_options(self, parameters, context) -> dict:
        """The engines' keyword arguments for the dask parameters (scheduler, workers, memory_limit, retries)."""
        return {
            "scheduler": self.parameterAsString(parameters, self.SCHEDULER, context).strip() or None,
            "workers": self.parameterAsInt(parameters, self.WORKERS, context) or None,
            "memory_limit": self.parameterAsString(parameters, self.MEMORY_LIMIT, context).strip()
            or DEFAULT_MEMORY_LIMIT,
            "retries": self.parameterAsInt(parameters, self.RETRIES, context),
        }
