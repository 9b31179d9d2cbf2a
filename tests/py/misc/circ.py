# circular imports see partially initialised modules
import _circa
print(_circa.A_VALUE, _circa.from_b())
