# sys.exit with a large status
import sys
sys.exit(42)
