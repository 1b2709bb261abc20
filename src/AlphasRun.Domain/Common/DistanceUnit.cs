namespace AlphasRun.Domain.Common;

public enum DistanceUnit
{
    Kilometres,
    Miles,
}
