import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { LowerTrim } from '@app/shared';

export class LoginDto {
  @ApiProperty({ example: 'admin@srdi.local' })
  @LowerTrim()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  // No minimum here: a wrong password is a 401, not a validation error.
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}
