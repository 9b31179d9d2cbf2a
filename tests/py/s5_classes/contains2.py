# __iter__ is used for `in` when __contains__ is missing
class Evens:
    def __iter__(self):
        print("iterating")
        return iter([0, 2, 4])
print(2 in Evens(), 3 in Evens())
