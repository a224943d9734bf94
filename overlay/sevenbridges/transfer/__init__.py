"""Multipart uploads and parallel ranged downloads: resumable, retried per part, bounded in memory.

``api.files.upload(...)`` and ``file.download(...)`` are the usual way in; with ``wait=False`` they
return the :class:`Upload` or :class:`Download` handle (a thread) to ``start()``, ``pause()``,
``resume()``, ``stop()`` and ``wait()`` on.
"""

from .download import Download
from .handle import Stopped, Transfer
from .progress import Progress
from .upload import Upload

__all__ = ["Download", "Progress", "Stopped", "Transfer", "Upload"]
