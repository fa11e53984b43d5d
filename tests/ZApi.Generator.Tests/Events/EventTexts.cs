namespace ZApi.Generator.Tests.Events;

/// <summary>
/// Small event specs in the shape of the documented webhooks: a received message told apart by a
/// content member, one told apart by a notification code, the default of its type, and an event
/// of another type. Line numbers matter to the diagnostic tests.
/// </summary>
internal static class EventTexts
{
    public const string ReceivedText = """
        id: received-text
        page: on-message-received
        title: Texto recebido
        event:
          type: ReceivedCallback
          present: text
          required:
            - name: phone
              type: string
              description: Número de telefone.
            - name: type
              type: string
              description: Tipo do evento.
            - name: text
              type: ReceivedTextContent
              description: O texto.
          optional:
            - name: momment
              type: timestamp
              description: Momento em que a mensagem foi recebida.
            - name: messageId
              type: string
              description: Id da mensagem (às vezes um número).
          example: |
            {"phone": "5544999999999", "momment": 1632228638000, "type": "ReceivedCallback", "text": {"message": "teste"}, "messageId": 12345}
        types:
          ReceivedTextContent:
            description: O texto recebido.
            optional:
              - name: message
                type: string
                description: Texto da mensagem.
        """;

    public const string ReceivedCall = """
        id: received-call
        page: on-message-received
        title: Ligação recebida
        event:
          type: ReceivedCallBack
          notification:
            - CALL_VOICE
            - CALL_MISSED_VOICE
          required:
            - name: phone
              type: string
              description: Número de telefone.
            - name: type
              type: string
              description: Tipo do evento.
            - name: notification
              type: string
              description: O código da notificação.
          example: |
            {"phone": "5544999999999", "type": "ReceivedCallback", "notification": "CALL_VOICE"}
        """;

    public const string ReceivedMessage = """
        id: received-message
        page: on-message-received
        title: Mensagem recebida
        event:
          type: ReceivedCallback
          optional:
            - name: phone
              type: string
              description: Número de telefone.
            - name: type
              type: string
              description: Tipo do evento.
            - name: waitingMessage
              type: boolean
              description: Aguardando a mensagem.
          example: |
            {"phone": "5544999999999", "type": "ReceivedCallback", "waitingMessage": true}
        """;

    public const string MessageStatus = """
        id: message-status
        page: on-whatsapp-message-status-changes
        title: Status da mensagem
        event:
          type: MessageStatusCallback
          required:
            - name: type
              type: string
              description: Tipo do evento.
            - name: status
              type: MessageStatusValue
              description: O status.
            - name: ids
              type: array
              items: string
              description: Os ids das mensagens.
          example: |
            {"status": "READ", "ids": ["999999"], "type": "MessageStatusCallback"}
        types:
          MessageStatusValue:
            description: Os status documentados.
            open: true
            enum: [SENT, RECEIVED, READ]
        """;
}
