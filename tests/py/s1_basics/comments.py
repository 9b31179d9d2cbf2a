#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring is not printed."""
# comment
x = 1  # trailing comment
'''another string statement'''
print(x)  # print
print("# not a comment", '# nor this')
print(__doc__)
