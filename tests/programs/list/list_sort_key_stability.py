records = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_age_desc)
multi = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(multi)
import operator
print(sorted(records, key=operator.itemgetter(1, 0)), sorted([-3, 2, -1], key=abs, reverse=True))
