# json.dumps of instances of dict, list, str, int and float subclasses
import json


class MyDict(dict):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    pass


try:
    print(json.dumps(MyList([1, MyStr("s"), MyInt(3), MyFloat(1.5)])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(json.dumps(MyDict(a=1, b=MyDict(c=[2]))))
except Exception as e:
    print(type(e).__name__, e)
