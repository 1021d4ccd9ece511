namespace Sitrep.Storage; public interface IEventStore {}
