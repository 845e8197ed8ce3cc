import sys

from hoering.app import main

sys.exit(main())
