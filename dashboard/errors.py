"""One exception hierarchy for the whole tool.

Everything the project raises on purpose derives from :class:`DashboardError`, so the
edges (the CLI, the Streamlit app) can turn any of them into one clear message.
"""


class DashboardError(Exception):
    """Base class of every error this project raises on purpose."""


class ArticleError(DashboardError):
    """An article cannot be read as text (empty, binary, too large, undecodable)."""


class WebPageError(ArticleError):
    """A web page cannot be fetched (refused, timed out, too large, not HTML) or holds no article."""


class ExtractionError(DashboardError):
    """The parser failed on an article, or every fact it found was refused as impossible."""


class NoFactsError(DashboardError):
    """An article was read but states no force deployment."""


class GazetteerError(DashboardError):
    """The offline gazetteer is missing or corrupt."""


class GeocoderError(DashboardError):
    """The online geocoder failed; callers fall back to the offline result."""


class GeocoderTimedOut(GeocoderError):
    """No answer within the timeout."""


class GeocoderRateLimited(GeocoderError):
    """Refused for too many requests (HTTP 429): the service works, ask again later."""


class GeocoderBadAnswer(GeocoderError):
    """Answered with something that cannot be read: the service, not the network, is at fault."""


class GeocoderUnavailable(GeocoderError):
    """Unreachable, or failing with a server error."""


class StoreError(DashboardError):
    """The SQLite store cannot be opened, read or written safely."""


class SchemaVersionError(StoreError):
    """The store was written by a version of the tool this one cannot read."""


class ReferenceFileError(DashboardError):
    """A reference file, or a row of it, is not what a reference file should be."""


class DataError(DashboardError):
    """The shipped data files cannot be read."""


class ReviewError(DashboardError):
    """A review decision is incomplete or names a field that cannot be corrected."""


class ArgumentError(DashboardError):
    """A command's option has a value it cannot use: a date that is not one, an unknown country code."""


class ReviewConflict(ReviewError):
    """The fact a decision was made on has changed or gone since it was shown: nothing was recorded."""


class ClusterError(DashboardError):
    """The Dask scheduler cannot be reached, or the cluster lost work it could not redo."""
