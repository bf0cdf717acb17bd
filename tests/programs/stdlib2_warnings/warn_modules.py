import warnings
import mod_warnmod
mod_warnmod.old()
mod_warnmod.mine()
mod_warnmod.mine()
def inner():
    mod_warnmod.old()
inner()
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("dep main", DeprecationWarning)
class T:
    def __trunc__(self):
        return 7
print(int(T()))
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        int(T())
    except DeprecationWarning as e:
        print("error:", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    mod_warnmod.old()
    print([str(w.message) for w in log], log[0].filename.endswith("warn_modules.py"))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
warnings.warn("end", stacklevel=5)
