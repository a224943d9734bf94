from enum import StrEnum


class OssVolumeServiceCreateType(StrEnum):
    OSS = "OSS"

    def __str__(self) -> str:
        return str(self.value)
