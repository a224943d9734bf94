from enum import StrEnum


class AzureVolumeServiceCreateType(StrEnum):
    AZURE = "AZURE"

    def __str__(self) -> str:
        return str(self.value)
