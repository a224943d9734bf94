from enum import StrEnum


class S3VolumeServiceCreateType(StrEnum):
    S3 = "S3"

    def __str__(self) -> str:
        return str(self.value)
