import datetime as D
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 29)
print(repr(d), d, f'{d:%Y/%m/%d}', d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.toordinal(), date.fromordinal(738945))
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2000, 1, 1), d.replace(day=1), d.strftime('%a %A %b %B %j %U %W %w %u %y %C %e %D %F %%'))
print(date.fromisoformat('2021-03-04'), date.fromisocalendar(2020, 53, 7), d < date(2025, 1, 1), d == date(2024, 2, 29), hash(d) == hash(date(2024, 2, 29)), d.ctime())
for a in [(2024, 13, 1), (2024, 2, 30), (0, 1, 1), ('x', 1, 1), (2023, 2, 29)]:
    try:
        date(*a)
    except Exception as e:
        print(type(e).__name__, e)
for a in [(25, 0), (0, 60), (0, 0, 60), (0, 0, 0, 1000000)]:
    try:
        time(*a)
    except Exception as e:
        print(type(e).__name__, e)
td = timedelta(days=1, hours=25, minutes=-3, seconds=1.5, milliseconds=2, microseconds=7)
print(repr(td), td, td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 3, td // 2, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=5))
print(repr(timedelta()), timedelta(weeks=1), timedelta(0.5), timedelta(microseconds=-1), repr(timedelta(seconds=-1)), timedelta(days=-2, seconds=3), timedelta(hours=1) * 1.5, bool(timedelta()))
print(timedelta.max, timedelta.min, repr(timedelta.resolution), timedelta(minutes=90) > timedelta(hours=1))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(e)
t = time(13, 5, 9, 120)
print(repr(t), t, t.isoformat('minutes'), t.isoformat('milliseconds'), repr(time()), repr(time(1, 2, 3)), t.strftime('%I:%M %p %H'), time.fromisoformat('10:11:12.500'))
dt = datetime(2024, 3, 10, 14, 30, 5, 250000)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.date(), dt.time(), dt.weekday(), f'{dt:%Y-%m-%d %H:%M:%S.%f}', dt.strftime('%c|%x|%X'))
print(dt + timedelta(hours=12), dt - timedelta(days=400), dt - datetime(2024, 1, 1), repr(datetime(2024, 1, 1)), datetime(2024, 1, 1, 0, 0, 1))
utc = timezone.utc
a = datetime(2024, 1, 1, 12, tzinfo=utc)
tz5 = timezone(timedelta(hours=5, minutes=30))
print(repr(a), a, a.timestamp(), a.astimezone(tz5), repr(tz5), tz5, timezone(timedelta(hours=-3), 'X'), repr(timezone(timedelta(hours=-3), 'X')))
print(a == a.astimezone(tz5), a.utcoffset(), a.tzname(), a.astimezone(tz5).tzname(), datetime(2024, 1, 1).utcoffset(), a.isoformat(), f'{a:%z %Z}')
print(datetime.fromisoformat('2024-05-06T07:08:09'), datetime.fromisoformat('2024-05-06 07:08:09.123456+02:00'), repr(datetime.fromisoformat('2024-05-06T07:08Z')), datetime.fromisoformat('2024-05-06'))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, utc), datetime.combine(d, t), repr(datetime.min), datetime.max, timezone.max, timezone.min)
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print(e)
try:
    a - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(datetime(2024, 1, 1) == a, a - datetime(2023, 12, 31, tzinfo=tz5), type(datetime.now()) is datetime, isinstance(date.today(), date), isinstance(dt, date))
for bad in ['2024-13-01', 'x', '2024-01-01T25:00']:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print(e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print(e)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5)]), {d: 1}[date(2024, 2, 29)], D.MINYEAR, D.MAXYEAR, D.UTC)
print(date.fromtimestamp(86400 * 365), D.date.fromtimestamp(0))
print(date(2024, 1, 5).timetuple(), tuple(datetime(2024, 3, 1, 5, 6, 7).timetuple()))
