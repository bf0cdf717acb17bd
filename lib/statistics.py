"""Basic statistics: krait's own statistics module.

Sums are computed exactly (every value as an integer ratio, accumulated
as a Fraction) and converted to the result type once, so results are the
correctly rounded values CPython's statistics module returns; stdev takes
a correctly rounded square root of the exact variance.  Decimal inputs
are not supported.
"""

import math
import sys
from fractions import Fraction
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'mean', 'harmonic_mean', 'pstdev', 'pvariance',
           'stdev', 'variance', 'median', 'median_low', 'median_high', 'median_grouped', 'mode',
           'multimode', 'quantiles']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """(numerator, denominator) of a number exactly; (x, None) for inf/nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_sum(data):
    """(result type, exact sum as Fraction or a non-finite float, count, sum of squares or None)."""
    T = int
    count = 0
    sums = {}
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sums[d] = sums.get(d, 0) + n
    if special is not None:
        return T, special, count
    return T, sum((Fraction(n, d) for d, n in sums.items()), Fraction(0)), count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _ss(data, c=None):
    data = list(data)
    if c is not None:
        T, ss, n = _exact_sum([(x - c) * (x - c) for x in data])
        return T, ss, c, n
    T, total, n = _exact_sum(data)
    if not isinstance(total, Fraction):
        return T, total, total, n
    if n == 0:
        return T, Fraction(0), Fraction(0), 0
    sxx = {}
    for x in data:
        num, den = _ratio(x)
        sxx[den] = sxx.get(den, 0) + num * num
    sq = sum((Fraction(v, d * d) for d, v in sxx.items()), Fraction(0))
    return T, (n * sq - total * total) / n, total / n, n


def _float_sqrt_of_frac(n, m):
    # Correctly rounded sqrt(n/m): an integer square root with enough extra
    # bits, "round to odd" on the last bit, then one float division.
    q = (n.bit_length() - m.bit_length() - 2 * sys.float_info.mant_dig - 3) // 2
    if q >= 0:
        a = _isqrt_frac_rto(n, m << 2 * q) << q
        return a / 1
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, Fraction):
        return total / n
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    denom = math.fsum(weights)
    if not denom:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / denom


def geometric_mean(data):
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        weights = [1] * len(data)
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    T, total, _ = _exact_sum(w / x if w else 0 for x, w in zip(data, weights))
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum(weights) / total, T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    lo = data.index(x)
    hi = n - data[::-1].index(x)
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')
