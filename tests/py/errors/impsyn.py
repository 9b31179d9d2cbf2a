# a SyntaxError in an imported module is reported at the import
import _synmod
