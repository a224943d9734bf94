"""The caller's current rate limit (the call itself is not counted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.rate_limit import get_rate_limit
from sevenbridges_api.models.rate_limit import RateLimit as RateLimitModel

from ..meta.resource import Resource

if TYPE_CHECKING:
    from ..api import Api


class RateLimit(Resource):
    """``api.rate_limit.get()``: ``rate`` (limit, remaining, reset) and ``instance_limit``."""

    _model_cls = RateLimitModel
    _kind = "rate_limit"

    @classmethod
    def get(cls, id: Any = None, api: Api | None = None) -> RateLimit:
        """Your current rate limit (this call is not counted against it).

        Args:
            id: ignored (for the signature of ``Resource.get``).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            ``rate`` (``limit``, ``remaining``, ``reset``) and ``instance_limit``.
        """
        resolved = cls._resolve_api(api)
        model = resolved._call_parsed(RateLimitModel, get_rate_limit.sync_detailed)
        return cls._from_model(model, resolved, complete=True)

    def reload(self) -> RateLimit:
        """Fetch the rate limit again.

        Returns:
            This object, refreshed.
        """
        fresh = type(self).get(api=self.api)
        self._replace_model(fresh._model)
        return self

    def __repr__(self) -> str:
        rate = self.rate
        if rate is None:
            return "<RateLimit>"
        return f"<RateLimit: limit={rate.limit}, remaining={rate.remaining}, reset={rate.reset}>"
