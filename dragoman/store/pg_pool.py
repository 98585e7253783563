"""PostgreSQL connections for the server's read pool, lent by psycopg_pool and checked on return."""

from __future__ import annotations

from typing import Any

from dragoman.errors import StoreError
from dragoman.store.postgres import PostgresStore, safe_dsn
from dragoman.store.sqlite import Store


class Lender:
    """A psycopg_pool pool of read-only connections, each lent to one thread as a Store."""

    def __init__(self, pool: Any, dsn: str) -> None:
        self.pool = pool
        self.dsn = dsn

    def lend(self) -> Store:
        import psycopg_pool

        try:
            raw = self.pool.getconn()
        except psycopg_pool.PoolTimeout as exc:
            raise StoreError(f"no free connection to {safe_dsn(self.dsn)}: {exc}") from exc
        return PostgresStore.around(raw, self.dsn)

    def broken(self, store: Store) -> bool:
        """A connection the server closed (restart, idle timeout): it goes back to be replaced."""
        raw = store.connection.raw  # type: ignore[attr-defined]
        if raw.closed or raw.broken:
            self.pool.putconn(raw)
            return True
        return False

    def give_back(self, store: Store) -> None:
        self.pool.putconn(store.connection.raw)  # type: ignore[attr-defined]

    def changes(self, store: Store) -> int:
        assert isinstance(store, PostgresStore)
        return store.changes()

    def close(self) -> None:
        self.pool.close()


def open_lender(dsn: str, size: int) -> Lender:
    """A pool of up to `size` read-only autocommit connections (one per server thread in use)."""
    from psycopg_pool import ConnectionPool

    from dragoman.store.dialect import pg_row

    def configure(raw: Any) -> None:
        raw.execute("SET default_transaction_read_only = on")

    pool = ConnectionPool(dsn, min_size=1, max_size=size, open=True, configure=configure,
                          kwargs={"autocommit": True, "row_factory": pg_row}, timeout=30)
    return Lender(pool, dsn)
