"""The API's index of resource URLs (``GET /``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.endpoints import get_endpoints
from sevenbridges_api.models.endpoints import Endpoints as EndpointsModel

from ..meta.resource import Resource

if TYPE_CHECKING:
    from ..api import Api


class Endpoints(Resource):
    """``api.endpoints.get()``: the URLs of the main resources."""

    _model_cls = EndpointsModel
    _kind = "endpoints"

    @classmethod
    def get(cls, api: Api | None = None, **kwargs: Any) -> Endpoints:  # type: ignore[override]
        """The API's top-level endpoints.

        Args:
            api: the ``Api`` to use instead of the bound one.
            **kwargs: ignored (for the signature of ``Resource.get``).

        Returns:
            The endpoints (``projects_url``, ``files_url``, ...).
        """
        resolved = cls._resolve_api(api)
        model = resolved._call_parsed(EndpointsModel, get_endpoints.sync_detailed)
        return cls._from_model(model, resolved, complete=True)

    def reload(self) -> Endpoints:
        """Fetch the endpoints again.

        Returns:
            This object, refreshed.
        """
        self._replace_model(type(self).get(api=self.api)._model)
        return self

    def __repr__(self) -> str:
        return f"<Endpoints: {self.user_url}>"
