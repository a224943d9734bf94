from enum import StrEnum


class TaskAction(StrEnum):
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)
