import statistics as S
from fractions import Fraction as F
data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(S.mean(data), S.median(data), S.mode(data), S.stdev(data), S.variance(data), S.pstdev(data), S.pvariance(data))
print(S.mean([1, 2, 3, 4]), S.mean([1, 2, 3]), S.mean([F(1, 3), F(2, 3), 1]), S.mean([0.1] * 10), S.mean([1e308, 1e308, -1e308]), S.variance([1, 2, 3, 4]), S.variance([F(1, 2), F(3, 4), 2]))
print(S.stdev([1, 2, 3, 4, 5]), S.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), S.stdev([0.1, 0.2, 0.3, 0.4]), S.variance([0.1, 0.2, 0.3, 0.4]), S.stdev(range(10)), S.variance(range(10)))
print(S.median([3, 1, 2]), S.median([4, 1, 3, 2]), S.median_low([1, 3, 5, 7]), S.median_high([1, 3, 5, 7]), S.median_grouped([52, 52, 53, 54]), S.mode('aabbbc'), S.multimode('aabbcc'), S.multimode(''))
print(S.fmean([1, 2, 3.5]), S.geometric_mean([54, 24, 36]), S.harmonic_mean([40, 60]), S.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), S.quantiles(range(1, 11), n=10, method='inclusive'))
print(S.mean([1, 2.5]), type(S.mean([1, 2])), S.variance([1.0, 1.0, 1.0]), S.stdev([1e100, 2e100, 3e100]), S.mean([float('inf'), 1]))
for f, arg in [(S.mean, []), (S.stdev, [1]), (S.variance, []), (S.median, []), (S.mode, [])]:
    try:
        f(arg)
    except S.StatisticsError as e:
        print(f.__name__, e)
print(issubclass(S.StatisticsError, ValueError))
