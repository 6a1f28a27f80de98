// The driver itself comes from libFuzzer; this file only makes the header a module.
#include "CFuzzDriver.h"
