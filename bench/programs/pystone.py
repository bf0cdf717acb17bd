"""Pystone-like: a Dhrystone-style synthetic benchmark of "typical"
procedural code: records, enumerations, global variables, one- and
two-dimensional arrays, string comparison, and many small procedures with
integer arithmetic and branches.  (Written afresh in the spirit of
pystone; the procedure bodies are not pystone's.)
"""
import sys

DEFAULT_SIZE = 500000

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, link=None, kind=0, enum_field=0, int_field=0, text=""):
        self.link = link
        self.kind = kind
        self.enum_field = enum_field
        self.int_field = int_field
        self.text = text

    def copy(self):
        return Record(self.link, self.kind, self.enum_field, self.int_field, self.text)


int_glob = 0
bool_glob = False
char1_glob = "\0"
char2_glob = "\0"
array1 = [0] * 51
array2 = [[0] * 51 for _ in range(51)]
record_glob = None
next_record_glob = None


def proc_pointer(rec):
    """Proc1-like: fiddle with a record and the one it links to."""
    nxt = rec.link
    rec.link = record_glob.copy()
    rec.int_field = 5
    nxt.int_field = rec.int_field
    nxt.link = rec.link
    nxt.link = proc_link(nxt.link)
    if nxt.kind == IDENT_1:
        nxt.int_field = 6
        nxt.enum_field = proc_enum(rec.enum_field)
        nxt.link = record_glob.link
        nxt.int_field = proc_add(nxt.int_field, 10)
    else:
        rec.link = nxt.copy()
        rec.link.link = None
    return rec


def proc_count(value):
    """Proc2-like: loop until a character matches."""
    local = value + 10
    while True:
        if char1_glob == "A":
            local -= 1
            value = local - int_glob
            return value
        local -= 2
        if local < 0:
            return value


def proc_link(link):
    """Proc3-like."""
    global int_glob
    if record_glob is not None:
        link = record_glob.link
    else:
        int_glob = 100
    record_glob.int_field = proc_add(10, int_glob)
    return link


def proc_flags():
    """Proc4-like."""
    global char2_glob
    flag = char1_glob == "A"
    flag = flag or bool_glob
    char2_glob = "B"
    return flag


def proc_reset():
    """Proc5-like."""
    global char1_glob, bool_glob
    char1_glob = "A"
    bool_glob = False


def proc_enum(enum_in):
    """Proc6-like: map one enumeration value to another."""
    out = enum_in
    if not func_is_three(enum_in):
        out = IDENT_4
    if enum_in == IDENT_1:
        out = IDENT_1
    elif enum_in == IDENT_2:
        out = IDENT_1 if int_glob > 100 else IDENT_4
    elif enum_in == IDENT_3:
        out = IDENT_2
    elif enum_in == IDENT_5:
        out = IDENT_3
    return out


def proc_add(a, b):
    """Proc7-like."""
    return a + 2 + b


def proc_arrays(arr1, arr2, a, b):
    """Proc8-like: touch a few array cells."""
    global int_glob
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    row = arr2[loc]
    for i in range(loc, loc + 2):
        row[i] = loc
    row[loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    int_glob = 5


def func_compare_chars(c1, c2):
    """Func1-like."""
    if c1 != c2:
        return IDENT_1
    return IDENT_2


def func_compare_strings(s1, s2):
    """Func2-like: compare two strings, character by character at first."""
    i = 1
    ch = "\0"
    while i <= 1:
        if func_compare_chars(s1[i], s2[i + 1]) == IDENT_1:
            ch = "A"
        i += 1
    if "W" <= ch <= "Z":
        i = 7
    if ch == "X":
        return True
    if s1 > s2:
        i += 7
        return True
    return False


def func_is_three(enum_in):
    """Func3-like."""
    return enum_in == IDENT_3


def run(loops):
    global int_glob, bool_glob, char1_glob, char2_glob
    global record_glob, next_record_glob
    next_record_glob = Record()
    record_glob = Record(next_record_glob, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2[8][7] = 10
    checksum = 0
    for i in range(loops):
        proc_reset()
        bool_glob = proc_flags()
        a = 2
        b = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        bool_glob = not func_compare_strings(string1, string2)
        while a < b:
            c = 5 * a - b
            c = proc_add(a, b) + c
            a += 1
        proc_arrays(array1, array2, a, c)
        record_glob = proc_pointer(record_glob)
        ch = "A"
        while ch <= char2_glob:
            if enum_loc == func_compare_chars(ch, "C"):
                enum_loc = proc_enum(IDENT_1)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        c = 7 * (c - b) - a
        a = proc_count(a)
        checksum = (checksum * 31 + a + b + c + int_glob + record_glob.int_field + (i & 7)) % 1000000007
    return checksum


def main(loops):
    checksum = run(loops)
    print("pystone %d %d %d %d %s %s %d" % (loops, checksum, int_glob, array1[8],
                                              char1_glob, char2_glob, array2[8][7]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
