# __reversed__ and __len__ + __getitem__ drive reversed()
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Deck())), list(reversed(Custom())), list(Deck()))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
