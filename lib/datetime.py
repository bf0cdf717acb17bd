"""Dates and times: krait's own datetime module.

date, time, datetime, timedelta, tzinfo and timezone with CPython's
validation messages, arithmetic, comparisons, reprs, isoformat and
fromisoformat, and strftime for the common directives.  Naive "local" time
is UTC (the host exposes no time zone database); now()/today() read the
host clock through time.time().
"""

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                   'September', 'October', 'November', 'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """Proleptic Gregorian ordinal -> (year, month, day)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


class _StructTime(tuple):
    # time.struct_time's stand-in while the time module has none.
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % kv for kv in zip(self._fields, self))


_struct_time = getattr(_time, 'struct_time', _StructTime)


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    idx = getattr(type(v), '__index__', None)
    if idx is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return idx(v)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _strftime(fmt, y, mo, d, hh, mi, ss, us, wday, yday, tzname, utcoff):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'Y':
            out.append('%d' % y if y >= 1000 else '%d' % y)
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[mo])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[mo])
        elif c == 'a':
            out.append(_DAYNAMES[wday + 1])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wday + 1])
        elif c == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif c == 'u':
            out.append('%d' % (wday + 1))
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'z':
            out.append(_format_offset(utcoff, '') if utcoff is not None else '')
        elif c == 'Z':
            out.append(tzname or '')
        elif c == 'C':
            out.append('%02d' % (y // 100))
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday + 1], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif c == 'G' or c == 'V':
            iy, iw, _ = date(y, mo, d).isocalendar()
            out.append('%d' % iy if c == 'G' else '%02d' % iw)
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


class timedelta:
    """Difference between two datetime values: days, seconds, microseconds."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        frac = 0.0
        for v, mult in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                        (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(v, int):
                total += v * mult
            elif isinstance(v, float):
                ip = int(v)
                total += ip * mult
                frac += (v - ip) * mult
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (
                    _COMPONENT[mult], type(v).__name__))
        if frac:
            total += round(frac)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rem = divmod(total, 86400000000)
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rem, 1000000)
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (_modname(self), self.__class__.__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


_COMPONENT = {604800000000: 'weeks', 86400000000: 'days', 3600000000: 'hours', 60000000: 'minutes',
              1000000: 'seconds', 1000: 'milliseconds', 1: 'microseconds'}


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _modname(obj):
    m = type(obj).__module__
    return 'datetime' if m == 'datetime' else m


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        # Local time is UTC here (no time zone database).
        return cls.fromordinal(int(t // 86400) + 719163)

    @classmethod
    def today(cls):
        return cls.fromordinal(int(_time.time() // 86400) + 719163)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd = _parse_isodate(date_string, True)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= day <= 7:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        first = _isoweek1monday(year)
        return cls.fromordinal(first + (week - 1) * 7 + day - 1)

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (_modname(self), self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         self._yday(), None, None)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


_MAXORDINAL = 3652059


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


_IsoCalendarDate.__name__ = 'IsoCalendarDate'

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
        return dt + dtdst


def _parse_isodate(s, whole):
    # YYYY-MM-DD or YYYYMMDD (3.11 also accepts week dates, not supported here).
    if len(s) >= 10 and s[4] == '-' and s[7] == '-':
        y, m, d, rest = s[0:4], s[5:7], s[8:10], s[10:]
    elif len(s) >= 8 and s[:8].isdigit():
        y, m, d, rest = s[0:4], s[4:6], s[6:8], s[8:]
    else:
        raise ValueError
    if whole and rest:
        raise ValueError
    for part in (y, m, d):
        if not (part.isdigit() and part.isascii()):
            raise ValueError
    return int(y), int(m), int(d)


def _parse_isotime(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time string."""
    tz = None
    for i, c in enumerate(s):
        if c in '+-Z':
            tzs = s[i:]
            s = s[:i]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == '-' else 1
                hh, mm, ss, us, _ = _parse_isotime(tzs[1:])
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    parts = []
    frac = 0
    if '.' in s or ',' in s:
        k = max(s.find('.'), s.find(','))
        f = s[k + 1:]
        if not f or not f.isdigit() or len(f) not in (3, 6) and len(f) < 1:
            raise ValueError
        frac = int((f + '000000')[:6])
        s = s[:k]
    if ':' in s:
        parts = s.split(':')
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    return vals[0], vals[1], vals[2], frac, tz


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def _cmp(self, other):
        so, oo = self.utcoffset(), other.utcoffset()
        if so == oo:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if so is None or oo is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 3600 + self._minute * 60 + self._second - so // timedelta(seconds=1)
        b = other._hour * 3600 + other._minute * 60 + other._second - oo // timedelta(seconds=1)
        return _cmp((a, self._microsecond), (b, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __lt__(self, other):
        return self._cmp(other) < 0 if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._cmp(other) <= 0 if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._cmp(other) > 0 if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._cmp(other) >= 0 if isinstance(other, time) else NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash((self._hour * 3600 + self._minute * 60 + self._second
                                       - off // timedelta(seconds=1), self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s.%s(%d, %d%s)' % (_modname(self), self.__class__.__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            s = time_string[1:] if time_string.startswith('T') else time_string
            hh, mm, ss, us, tz = _parse_isotime(s)
        except (ValueError, IndexError, TypeError):
            raise ValueError('Invalid isoformat string: %r' % time_string) from None
        return cls(hh, mm, ss, us, tz)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         0, 1, self.tzname(), self.utcoffset())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


def _format_time(hh, mm, ss, us, timespec):
    specs = {'hours': '%02d', 'minutes': '%02d:%02d', 'seconds': '%02d:%02d:%02d',
             'milliseconds': '%02d:%02d:%02d.%03d', 'microseconds': '%02d:%02d:%02d.%06d'}
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value') from None
    return fmt % (hh, mm, ss, us)[:fmt.count('%')]


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_us(cls, us, tz):
        days, us = divmod(us, 86400000000)
        secs, us = divmod(us, 1000000)
        y, m, d = _ord2ymd(days + 1)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _to_us(self):
        return ((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        us = round(t * 1000000) if isinstance(t, float) else t * 1000000
        result = cls._from_us(us + 719162 * 86400000000, None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            s = date_string
            if len(s) >= 10 and s[4] == '-':
                dpart, rest = s[:10], s[10:]
            else:
                dpart, rest = s[:8], s[8:]
            y, m, d = _parse_isodate(dpart, True)
            if rest:
                if rest[0] not in 'T ':
                    raise ValueError
                hh, mm, ss, us, tz = _parse_isotime(rest[1:])
            else:
                hh = mm = ss = us = 0
                tz = None
        except (ValueError, IndexError, TypeError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        off = self.utcoffset()
        us = self._to_us() - 719162 * 86400000000
        if off is not None:
            us -= off._to_us()
        return us / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset()
        base = self if off is None else self - off
        utc = base.replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), -1))

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%c' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s.%s(%s)' % (_modname(self), self.__class__.__qualname__, ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self._yday(), self.tzname(), self.utcoffset())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _cmp(self, other, allow_mixed=False):
        so, oo = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or so == oo:
            return _cmp(self._to_us(), other._to_us())
        if so is None or oo is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._to_us() - so._to_us(), other._to_us() - oo._to_us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        raise TypeError("can't compare datetime.datetime to datetime.date")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        raise TypeError("can't compare datetime.datetime to datetime.date")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        raise TypeError("can't compare datetime.datetime to datetime.date")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        raise TypeError("can't compare datetime.datetime to datetime.date")

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._to_us() + other._to_us()
        if not 0 <= us < _MAXORDINAL * 86400000000:
            raise OverflowError('date value out of range')
        return type(self)._from_us(us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        a, b = self._to_us(), other._to_us()
        so, oo = self.utcoffset(), other.utcoffset()
        if self._tzinfo is not other._tzinfo:
            if (so is None) != (oo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if so is not None:
                a -= so._to_us()
                b -= oo._to_us()
        return timedelta._from_us(a - b)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._to_us() - (off._to_us() if off else 0)
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('name must be a string')
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (_modname(self), self.__class__.__qualname__, self._offset)
        return '%s.%s(%r, %r)' % (_modname(self), self.__class__.__qualname__, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)

    def __reduce__(self):
        return (self.__class__, (self._offset,) if self._name is None else (self._offset, self._name))


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc

for _c in (date, datetime, time, timedelta, tzinfo, timezone):
    _c.__module__ = 'datetime'
del _c
