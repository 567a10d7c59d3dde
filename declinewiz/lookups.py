"""The lookups every page makes, compiled once per process instead of once per request.

A signed-in page reads its session, its user and usually a draft, each by key. The ORM builds
and compiles those queries afresh on every request: for the draft's 37 columns that took ten
times as long as running the query. A Lookup asks the ORM for the SELECT once per database
connection settings, keeps it with the ORM's own converters, and afterwards only binds the new
values, runs the query and builds the instance with `Model.from_db`. The rows, the objects,
the errors and the query counted by tests are the ones the ORM would give.

Only plain comparisons of a column with a value are offered: `Lookup(Draft, "id", "owner")`
is `Draft.objects.filter(id=..., owner=...)`, and an operator can follow a field's name
(`"expire_date >"`).
"""

from django.db import connections, router

OPERATORS = frozenset({"=", ">", ">=", "<", "<="})


class Lookup:
    def __init__(self, model, *conditions):
        self.model = model
        self.conditions = []
        for condition in conditions:
            name, _, operator = condition.partition(" ")
            operator = operator or "="
            if operator not in OPERATORS:
                raise ValueError(f"Unsupported operator {operator!r} in {condition!r}.")
            field = model._meta.pk if name == "pk" else model._meta.get_field(name)
            self.conditions.append((field, operator))
        # database alias -> (sql, compiler, converters, attnames). The SQL and the converters
        # depend only on the alias's settings (its engine and time zone), the same for every
        # connection to it, so what one thread compiled serves every thread.
        self._compiled = {}

    def _compile(self, alias):
        connection = connections[alias]
        queryset = self.model._default_manager.using(alias).order_by()
        compiler = queryset.query.get_compiler(alias)
        select_sql, params = compiler.as_sql(with_limits=False)
        assert not params, "the base SELECT takes no values"  # noqa: S101  # nosec B101
        table = connection.ops.quote_name(self.model._meta.db_table)
        where = " AND ".join(
            f"{table}.{connection.ops.quote_name(field.column)} {operator} %s"
            for field, operator in self.conditions
        )
        expressions = [column for column, _, _ in compiler.select]
        compiled = (
            f"{select_sql} WHERE {where}",
            compiler,
            compiler.get_converters(expressions),
            [column.target.attname for column in expressions],
        )
        self._compiled[alias] = compiled
        return compiled

    def get(self, *values):
        """The one row matching `values` (in the order of the conditions), or None.

        A foreign key is compared with the related row's key: pass `user.pk`, not `user`.
        None is refused: the compiled `column = %s` would never match, where the ORM's
        `filter(column=None)` means IS NULL.
        """
        if None in values:
            raise ValueError("A Lookup compares with values, not None (IS NULL).")
        alias = router.db_for_read(self.model)
        sql, compiler, converters, attnames = self._compiled.get(alias) or self._compile(alias)
        connection = connections[alias]
        params = [
            field.get_db_prep_value(value, connection)
            for (field, _), value in zip(self.conditions, values, strict=True)
        ]
        with connection.cursor() as cursor:
            try:
                cursor.execute(sql, params)
            except OverflowError:  # SQLite: a number no column can hold matches no row
                return None
            rows = cursor.fetchmany(2)
        if len(rows) != 1:
            if rows:
                raise self.model.MultipleObjectsReturned(f"More than one {self.model.__name__}.")
            return None
        if converters:
            rows = compiler.apply_converters(rows, converters)
        return self.model.from_db(alias, attnames, next(iter(rows)))
