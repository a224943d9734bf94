from enum import StrEnum


class AutomationRunStatus(StrEnum):
    ABORTED = "ABORTED"
    CREATED = "CREATED"
    FAILED = "FAILED"
    FINISHED = "FINISHED"
    QUEUED_FOR_EXECUTION = "QUEUED_FOR_EXECUTION"
    QUEUED_FOR_TERMINATION = "QUEUED_FOR_TERMINATION"
    RUNNING = "RUNNING"
    SENT_TO_EXECUTION = "SENT_TO_EXECUTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AutomationRunStatus | None":
        # The server may add values before the spec knows them: parse them as an UNKNOWN member
        # that keeps the raw value (and serialises back to it) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
