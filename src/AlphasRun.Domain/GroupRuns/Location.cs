using System.Globalization;

namespace AlphasRun.Domain.GroupRuns;

/// <summary>Where the crew meets.</summary>
public sealed class Location
{
    public Location(Guid id, string name, string address, double latitude, double longitude)
    {
        Id = id;
        Name = name;
        Address = address;
        Latitude = latitude;
        Longitude = longitude;
    }

    private Location()
    {
        Name = Address = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Address { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>An OpenStreetMap link with a marker on the meeting point.</summary>
    public string MapUrl => MapUrlFor(Latitude, Longitude);

    public static string MapUrlFor(double latitude, double longitude) => string.Create(
        CultureInfo.InvariantCulture,
        $"https://www.openstreetmap.org/?mlat={latitude:0.######}&mlon={longitude:0.######}#map=17/{latitude:0.######}/{longitude:0.######}");
}
