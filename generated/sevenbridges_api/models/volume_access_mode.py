from enum import StrEnum


class VolumeAccessMode(StrEnum):
    RO = "RO"
    RW = "RW"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VolumeAccessMode | None":
        # The server may add values before the spec knows them: parse them as an UNKNOWN member
        # that keeps the raw value (and serialises back to it) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
