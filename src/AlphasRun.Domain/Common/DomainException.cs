namespace AlphasRun.Domain.Common;

/// <summary>Thrown when a domain rule is broken; the message is written for the person who broke it.</summary>
public sealed class DomainException(string message) : Exception(message);
