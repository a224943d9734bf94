"""What import and export jobs share: their states, their result file, and waiting for one job
(``wait``) or for many with one bulk read per round (``wait_many``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self

from sevenbridges_api.models.file_object import FileObject
from sevenbridges_api.models.import_export_state import ImportExportState
from sevenbridges_api.types import Unset

from ..errors import JobFailed, SbgError, ValidationError
from ..meta.bulk import error_from_model
from ..meta.checks import optional_bool, optional_enum
from ..meta.ids import single_segment
from ..meta.polling import DEFAULT_PERIOD, check_period_timeout, wait_many, wait_until
from ..meta.resource import Field, Resource
from .file import File

if TYPE_CHECKING:
    from ..api import Api

TERMINAL_STATES = (ImportExportState.COMPLETED, ImportExportState.FAILED)


def state_filter(state: Any) -> list[ImportExportState] | None:
    """``state=`` of a job query: one state or a list of them, checked before sending."""
    if state is None:
        return None
    values = state if isinstance(state, list | tuple) else [state]
    if not values:
        raise ValidationError("state must not be an empty list")
    checked = [optional_enum(value, ImportExportState, "state") for value in values]
    return [value for value in checked if value is not None]


def job_id(value: Any, what: str) -> str:
    """The id of a job (a job object or its id string)."""
    return single_segment(value, what)


def flag(value: Any, name: str) -> bool:
    """A required True/False argument (``overwrite=None`` counts as False)."""
    return bool(optional_bool(value, name))


def lazy_file(api: Api, model: Any) -> File:
    """A lazy ``File`` of ``api`` from a nested file view or model (fetched on first read)."""
    raw = model.to_dict() if hasattr(model, "to_dict") else model
    return api._bind(File)._from_model(FileObject.from_dict(raw), api, complete=False)


class StorageJob(Resource):
    """Base of ``Import`` and ``Export``: ``state`` goes PENDING → RUNNING → COMPLETED or FAILED;
    ``result`` is the file once it completed, ``error`` why it failed."""

    # Names the kind of job in messages ("Import", "Export").
    _what: ClassVar[str] = "Job"

    _result: Field[Any] = Field(wire="result")

    @property
    def result(self) -> File | None:
        """The imported (or exported) file or folder once the job completed, else ``None``."""
        view = self._result
        return None if view is None else lazy_file(self.api, view)

    def _describe(self) -> str:
        """What the job moves, for messages (overridden)."""
        return ""

    def _failure(self) -> JobFailed:
        raw = self._model.error
        error = None if raw is None or isinstance(raw, Unset) else error_from_model(raw)
        reason = error.message if error is not None and error.message else "no reason given"
        return JobFailed(
            message=f"{self._what} {self._identity()} {self._describe()} failed: {reason}",
            job=self,
            error=error,
        )

    def wait(
        self,
        period: float = DEFAULT_PERIOD,
        timeout: float | None = None,
        callback: Callable[[Self], None] | None = None,
    ) -> Self:
        """Poll the job until it has COMPLETED or FAILED.

        Args:
            period: Seconds between two reads of the job.
            timeout: Give up after this many seconds (``None``: wait as long as it takes).
            callback: Called with the job after every read (for a progress line).

        Returns:
            The job, COMPLETED (``result`` holds the file).

        Raises:
            JobFailed: The job FAILED; the message names the job, what it moved and why.
            WaitTimeout: ``timeout`` passed first; the job goes on running on the server.
            ValidationError: ``period`` or ``timeout`` is not a valid number of seconds.
        """
        wait_until(
            self.reload,
            lambda job: job._model.state in TERMINAL_STATES,
            what=f"{self._what} {self._identity()}",
            period=period,
            timeout=timeout,
            callback=callback,
        )
        if self._model.state == ImportExportState.FAILED:
            raise self._failure()
        return self

    @classmethod
    def wait_many(
        cls,
        jobs: Iterable[Self | str],
        period: float = DEFAULT_PERIOD,
        timeout: float | None = None,
        api: Api | None = None,
    ) -> Iterator[Self]:
        """Poll many jobs with one bulk read per round and yield each once it has COMPLETED or
        FAILED, in the order they finish (a failed job is yielded, not raised: check ``state``).

        Args:
            jobs: Jobs or their ids (e.g. the resources of ``bulk_submit`` records).
            period: Seconds between two rounds of reads.
            timeout: Give up after this many seconds (``None``: wait as long as it takes).
            api: The ``Api`` to use instead of the bound one.

        Returns:
            An iterator of the finished jobs.

        Raises:
            WaitTimeout: ``timeout`` passed with jobs still running (named in the message).
            SbgError: A job could not be read (the bulk read's error for it).
            ValidationError: A job id, ``period`` or ``timeout`` is malformed (nothing is sent).
        """
        resolved = cls._resolve_api(api)
        ids = [cls._job_id(job) for job in jobs]
        check_period_timeout(period, timeout)  # now, not at the first next()

        def refresh_many(pending: Sequence[str]) -> list[Self]:
            found: list[Self] = []
            for record in cls.bulk_get(list(pending), api=resolved):
                if record.error is not None or record.resource is None:
                    raise record.error or SbgError(message="A job could not be read")
                found.append(record.resource)
            return found

        return wait_many(
            ids,
            refresh_many,
            lambda job: job._model.state in TERMINAL_STATES,
            what=f"{cls._what.lower()} jobs",
            period=period,
            timeout=timeout,
        )

    @classmethod
    def bulk_get(cls, jobs: Any, api: Api | None = None) -> list[Any]:
        """Many jobs by id, one record per item (implemented by ``Import`` and ``Export``)."""
        raise NotImplementedError

    @classmethod
    def _job_id(cls, value: Any) -> str:
        return job_id(value, f"{cls._what.lower()} job")

    @classmethod
    def get(cls, id: Any, api: Api | None = None) -> Self:
        """Fetch a job by id.

        Args:
            id: The job's id (or the job).
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The job.

        Raises:
            ValidationError: ``id`` is empty or malformed (nothing is sent).
            NotFound: There is no such job of yours.
        """
        return super().get(cls._job_id(id), api)


__all__ = ["TERMINAL_STATES", "StorageJob", "flag", "job_id", "lazy_file", "state_filter"]
