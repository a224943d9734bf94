from enum import StrEnum


class GcsVolumeServiceCreateType(StrEnum):
    GCS = "GCS"

    def __str__(self) -> str:
        return str(self.value)
